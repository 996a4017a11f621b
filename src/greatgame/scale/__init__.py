"""Scale-out: corpus runs and Monte Carlo sweeps on Dask."""

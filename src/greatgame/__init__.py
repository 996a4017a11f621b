"""greatgame: from geopolitical reporting to a model of the contest, and a forecast."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("greatgame")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+local"

__all__ = ["__version__"]

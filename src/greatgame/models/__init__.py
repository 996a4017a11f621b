"""Stage 5: bargaining and forecasting models over a scenario."""

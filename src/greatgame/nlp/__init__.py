"""Stage 2: greatgame's own trained English spaCy pipeline, shipped inside the package."""

"""Stage 1: articles in (text, HTML, JSON Lines, directories), clean text and metadata out."""

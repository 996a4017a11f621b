"""Stage 2: greatgame's own trained English spaCy pipeline, shipped inside the package.

``load()`` returns the pipeline (tokenizer, tagger, morphologizer, sentence fixes, parser,
rule lemmatizer, PER/ORG/LOC NER) from ``greatgame/data/en_greatgame``; ``parse(texts)``
streams Docs. Quotations are marked in ``doc.spans["quotes"]`` (see ``segmentation``).
"""

from greatgame.nlp.pipeline import MODEL_NAME, load, model_path, parse
from greatgame.nlp.segmentation import QUOTES_KEY, find_quotes

__all__ = ["MODEL_NAME", "QUOTES_KEY", "find_quotes", "load", "model_path", "parse"]

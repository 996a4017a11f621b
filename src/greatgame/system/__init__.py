"""Stage 4: the actor system merged across articles: capabilities, relations, issues."""

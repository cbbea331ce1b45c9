"""Stage 4: extractors, each ``(doc) -> list[Span]`` registered by layer name.

Importing this package registers every extractor.
"""

from vakanuvis.extract import citation, entity, event, timex  # noqa: F401

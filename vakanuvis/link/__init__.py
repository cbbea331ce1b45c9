"""Stage 5: linking across documents (entities, events, disagreements) as corpus passes.

Importing this package registers every corpus pass.
"""

from vakanuvis.link import events, entities  # noqa: F401

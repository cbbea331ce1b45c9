"""Stage 5: linking across documents (entities, events, disagreements, bibliography) as corpus passes.

Importing this package registers every corpus pass.
"""

from vakanuvis.link import bibliography, entities, events, search_index  # noqa: F401

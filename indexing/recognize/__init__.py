"""indexing layer: recognisers that read page texts and name what they cite and mention.

- ``citations``: legal citations in English, Russian and Kazakh, tied to instruments;
- ``instruments``: where a text names a legal instrument (specific or "the Covenant");
- ``persons``: registered persons in any script, word order and grammatical case;
- ``sentences``: the sentence around a mention, shown as its evidence;
- ``document``: all of them over a whole document against a registry snapshot.

Pure functions over text and a snapshot of the registry: no database, no state.
"""

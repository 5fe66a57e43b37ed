"""indexing layer: the mention engine - every mention of a person, in every spelling and
grammatical form, for search, tag suggestions and redaction alike.

- ``text.read``: page text repaired for matching (broken words joined, format characters
  dropped, look-alike letters folded) with a map back to the page;
- ``forms.readings``: the dictionary forms a written word may stand for, as keys;
- ``registry.NameKeys``: registered names and aliases as keys, with each word's role;
- ``context``: capitalised words standing together, and what stands beside a name;
- ``persons.PersonMatcher``: registered persons found in a page, with whole-name spans.
"""

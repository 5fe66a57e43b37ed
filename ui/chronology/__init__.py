"""ui layer: the chronology of a case - its facts in date order, to sort, filter and edit."""

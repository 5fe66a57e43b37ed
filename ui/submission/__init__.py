"""ui layer: the Submission workspace of a case - facts, domestic remedies, consent per
mechanism and the draft with its live checklist (issue 20)."""

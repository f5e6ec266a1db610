"""Organisation families: how to recognise their notices (recognition) and how their process works (rules)."""

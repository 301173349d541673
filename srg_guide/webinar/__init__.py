"""Trainer material from the tree: scenario walks as steps, the webinar HTML, the infographic."""

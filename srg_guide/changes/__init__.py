"""What changed between two versions of the guidelines or the tree. Core: no Textual."""

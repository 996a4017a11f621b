"""The Python API: runs the stages in order and hands records to the store."""

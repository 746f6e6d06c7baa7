"""residency subpackage."""

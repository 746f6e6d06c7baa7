"""Identity numbers of Indonesia, for the records of Indonesian workers, spouses and students
in Malaysia, Singapore, Hong Kong and Taiwan."""

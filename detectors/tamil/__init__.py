"""Recognizers for Tamil-script text (Singapore's and Malaysia's Tamil community)."""

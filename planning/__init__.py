"""Pure domain code for time: the Vietnamese working calendar and the follow-up plan."""

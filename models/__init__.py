"""Storage: SQLModel tables, the database, and the functions that read and write them."""

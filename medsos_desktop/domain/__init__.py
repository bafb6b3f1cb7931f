"""Pure rules of the trade: platforms, posts, caption templates and checks. No Qt, no database."""

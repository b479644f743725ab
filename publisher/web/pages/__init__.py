"""HTML for people: server-rendered Jinja2 templates in the reader's language, no script needed."""

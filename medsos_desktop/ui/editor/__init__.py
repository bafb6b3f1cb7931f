"""The post editor: caption, media, infographic page, previews and checks."""

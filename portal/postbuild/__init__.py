"""Post-build: repairs of Material's markup, the Content-Security-Policy, the Pagefind search index."""

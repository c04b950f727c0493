"""The broken-links report: links on live pages that lead nowhere (see docs/decisions.md §35)."""

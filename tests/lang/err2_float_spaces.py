float("  ")

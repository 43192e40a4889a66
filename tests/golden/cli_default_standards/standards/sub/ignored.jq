this is not loaded: folders load non-recursively

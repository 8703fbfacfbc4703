"""The core under every operation: protocol, driver, transport, retry, cluster view, checks."""

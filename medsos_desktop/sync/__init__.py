"""The central-folder protocol (packages, manifests, signatures, outbox). No Qt."""

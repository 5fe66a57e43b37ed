"""Release tooling: lock files, the frozen build, checksums and the SBOM (not shipped)."""

"""Interface translations: Qt Linguist sources (archive_*.ts) and compiled catalogues (.qm)."""

"""Lead list imports: files in, mapped, previewed and imported in chunks by workers; and exports."""

package dev.datasafety.processor.export;

/** One file of an export: its name (no directory) and its UTF-8 text, {@code \n} line ends. */
public record ExportFile(String name, String content) {}

"""Writing a draft out: .docx (docx, layout, fonts), plain text (text), PDF through LibreOffice
(pdf), and files that never replace another by accident (output)."""

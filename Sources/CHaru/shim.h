#include <hpdf.h>
#include <string.h>

/*
 * HPDF_LoadTTFontFromFile, reading the font from memory instead of a file, and with the subset
 * tag given by the caller. libharu keeps the stream a TrueType definition was loaded from and
 * reads its tables again for every document it embeds the font in; from a file that is a few
 * hundred lseek and read calls per document, from memory a few hundred memcpy. libharu 2.3 has no
 * public entry point for this, so this does what its static LoadTTFontFromStream does
 * (hpdf_doc.c), with its exported functions. Two differences, both for byte-identical output
 * whatever was drawn before with the same handle: the tag (6 capital letters) is fixed per face
 * instead of counted per document, and the stream's block is one byte longer than the font, so
 * that seeking to its very end (an empty last glyph) stays inside the block (libharu's memory
 * stream fails a seek to the end of a stream that fills its blocks exactly).
 * Returns the font's name, or NULL with the error set on `pdf`.
 */
static inline const char *overdue_LoadTTFontFromMemory(HPDF_Doc pdf, const HPDF_BYTE *data, HPDF_UINT size, const char *tag) {
    if (!HPDF_HasDoc(pdf) || size == 0 || strlen(tag) != 6) return NULL;
    HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, size + 1);
    if (!stream) return NULL;
    if (HPDF_Stream_Write(stream, data, size) != HPDF_OK || HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK) {
        HPDF_Stream_Free(stream);
        return NULL;
    }
    HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, stream, HPDF_TRUE);  /* owns the stream from here */
    if (!def) return NULL;
    if (HPDF_Doc_FindFontDef(pdf, def->base_font)) {
        HPDF_FontDef_Free(def);
        HPDF_SetError(&pdf->error, HPDF_FONT_EXISTS, 0);
        return NULL;
    }
    if (HPDF_List_Add(pdf->fontdef_list, def) != HPDF_OK) {
        HPDF_FontDef_Free(def);
        return NULL;
    }
    char name_tag[7];
    memcpy(name_tag, tag, 7);
    HPDF_TTFontDef_SetTagName(def, name_tag);
    return def->base_font;
}

#include <hpdf.h>
#include <string.h>

/*
 * HPDF_LoadTTFontFromFile, reading the font from memory instead of a file. libharu keeps the
 * stream a TrueType definition was loaded from and reads its tables again for every document
 * it embeds the font in; from a file that is a few hundred lseek and read calls per document,
 * from memory a few hundred memcpy. libharu 2.3 has no public entry point for this, so this
 * does what its static LoadTTFontFromStream does (hpdf_doc.c), with its exported functions.
 * Returns the font's name, or NULL with the error set on `pdf`.
 */
static inline const char *overdue_LoadTTFontFromMemory(HPDF_Doc pdf, const HPDF_BYTE *data, HPDF_UINT size) {
    if (!HPDF_HasDoc(pdf) || size == 0) return NULL;
    HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, size);
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
    /* The subset tag (HPDFAA, HPDFAB, ...), as libharu names embedded fonts. */
    if (pdf->ttfont_tag[0] == 0) {
        memcpy(pdf->ttfont_tag, "HPDFAA", 6);
    } else {
        for (int i = 5; i >= 0; i--) {
            pdf->ttfont_tag[i] += 1;
            if (pdf->ttfont_tag[i] > 'Z') pdf->ttfont_tag[i] = 'A'; else break;
        }
    }
    HPDF_TTFontDef_SetTagName(def, (char *)pdf->ttfont_tag);
    return def->base_font;
}

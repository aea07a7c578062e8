#include <hpdf.h>
#include <png.h>
#include <stdlib.h>
#include <string.h>

/*
 * A logo drawn in every letter of a batch: libharu's PNG loader decodes the file (libpng) and
 * deflates the pixels again for every document it is loaded into. These helpers let the
 * caller decode once with libharu's own loader, keep the deflated pixels, and add them to each
 * new document as an image XObject whose stream is written as it is (no second deflate).
 * libharu 2.3 has no public entry point for either; they use its exported object functions,
 * as libharu's own PNG loader does (hpdf_image_png.c).
 */

/* The name of an image's colour space (DeviceRGB, DeviceGray), or NULL when it is not a name. */
static inline const char *overdue_ImageColorSpaceName(HPDF_Image image) {
    HPDF_Name name = HPDF_Dict_GetItem(image, "ColorSpace", HPDF_OCLASS_NAME);
    return name ? name->value : NULL;
}

/* The palette of an indexed image ([/Indexed /DeviceRGB n <palette>]): its size in bytes, 0 if none. */
static inline HPDF_UINT overdue_ImagePalette(HPDF_Image image, const HPDF_BYTE **bytes) {
    HPDF_Array space = HPDF_Dict_GetItem(image, "ColorSpace", HPDF_OCLASS_ARRAY);
    if (!space) return 0;
    HPDF_Binary palette = HPDF_Array_GetItem(space, 3, HPDF_OCLASS_BINARY);
    if (!palette) return 0;
    *bytes = palette->value;
    return palette->len;
}

/* The soft mask (alpha channel) libharu made for an image, or NULL. */
static inline HPDF_Image overdue_ImageSMask(HPDF_Image image) {
    return HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT);
}

/* The stream of `image` deflated into a new memory stream (the caller frees it), or NULL. */
static inline HPDF_Stream overdue_DeflatedImageStream(HPDF_Doc pdf, HPDF_Image image) {
    if (!image || !image->stream) return NULL;
    HPDF_Stream out = HPDF_MemStream_New(pdf->mmgr, 16384);
    if (!out) return NULL;
    if (HPDF_Stream_WriteToStream(image->stream, out, HPDF_STREAM_FILTER_FLATE_DECODE, NULL) != HPDF_OK) {
        HPDF_Stream_Free(out);
        return NULL;
    }
    return out;
}

static HPDF_STATUS overdue_WriteFlateFilter(HPDF_Dict obj, HPDF_Stream stream) {
    (void)obj;
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

/*
 * An image XObject of the current document whose stream is `data`, already deflated: written as
 * it is, with /Filter /FlateDecode. `color_space` names the space (DeviceRGB, DeviceGray) unless
 * `palette` is given ([/Indexed /DeviceRGB n <palette>]). `smask`: a soft mask made the same way.
 */
static inline HPDF_Image overdue_DeflatedImage(HPDF_Doc pdf, HPDF_UINT width, HPDF_UINT height, HPDF_UINT bits,
                                               const char *color_space, const HPDF_BYTE *palette, HPDF_UINT palette_size,
                                               const HPDF_BYTE *data, HPDF_UINT size, HPDF_Image smask) {
    if (!HPDF_HasDoc(pdf)) return NULL;
    HPDF_Dict image = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!image) return NULL;
    image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
    image->filter = HPDF_STREAM_FILTER_NONE;
    image->write_fn = overdue_WriteFlateFilter;
    HPDF_STATUS ret = HPDF_Dict_AddName(image, "Type", "XObject");
    ret += HPDF_Dict_AddName(image, "Subtype", "Image");
    ret += HPDF_Dict_AddNumber(image, "Width", (HPDF_INT32)width);
    ret += HPDF_Dict_AddNumber(image, "Height", (HPDF_INT32)height);
    if (palette && palette_size >= 3) {
        HPDF_Array space = HPDF_Array_New(pdf->mmgr);
        if (!space) return NULL;
        ret += HPDF_Dict_Add(image, "ColorSpace", space);
        ret += HPDF_Array_AddName(space, "Indexed");
        ret += HPDF_Array_AddName(space, "DeviceRGB");
        ret += HPDF_Array_AddNumber(space, (HPDF_INT32)(palette_size / 3 - 1));
        ret += HPDF_Array_Add(space, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)palette, palette_size));
    } else {
        ret += HPDF_Dict_AddName(image, "ColorSpace", color_space ? color_space : "DeviceRGB");
    }
    ret += HPDF_Dict_AddNumber(image, "BitsPerComponent", (HPDF_INT32)bits);
    if (smask) ret += HPDF_Dict_Add(image, "SMask", smask);
    ret += HPDF_Stream_Write(image->stream, data, size);
    return ret == HPDF_OK ? image : NULL;
}

/*
 * Whether libpng decodes the whole PNG `data` without an error, with at most `max_pixels` pixels.
 * libharu 2.3's PNG loader sets no recovery point for libpng's errors: a damaged PNG (a bad
 * filter byte, a cut-off stream) aborts the process. libpng's simplified API reports the same
 * errors as a return value instead, so every PNG is decoded once here before libharu sees it.
 * On failure `message` holds libpng's reason.
 */
static inline int overdue_PNGDecodes(const HPDF_BYTE *data, size_t size, unsigned long long max_pixels, char *message, size_t message_size) {
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (message_size > 0) message[0] = 0;
    if (!png_image_begin_read_from_memory(&image, data, size)) {
        if (message_size > 0) { strncpy(message, image.message, message_size - 1); message[message_size - 1] = 0; }
        return 0;
    }
    if (image.width == 0 || image.height == 0 || (unsigned long long)image.width * image.height > max_pixels) {
        if (message_size > 0) { strncpy(message, "too many pixels", message_size - 1); message[message_size - 1] = 0; }
        png_image_free(&image);
        return 0;
    }
    image.format = PNG_FORMAT_RGBA;
    void *buffer = malloc(PNG_IMAGE_SIZE(image));
    if (!buffer) { png_image_free(&image); return 0; }
    int ok = png_image_finish_read(&image, NULL, buffer, 0, NULL);
    if (!ok && message_size > 0) { strncpy(message, image.message, message_size - 1); message[message_size - 1] = 0; }
    free(buffer);
    png_image_free(&image);
    return ok;
}

# The kiosk's fonts come from a Debian package, never from this repository (see fonts/README.md).
# This file is the one place that names them; the kiosk's build and (later) its .deb use it.
set(KIOSK_FONT_DEBIAN_PACKAGE "fonts-noto-core")
set(KIOSK_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Folder with NotoSans-Regular.ttf and NotoSans-Bold.ttf")
foreach(font NotoSans-Regular.ttf NotoSans-Bold.ttf)
  if(NOT EXISTS "${KIOSK_FONT_DIR}/${font}")
    message(WARNING "${KIOSK_FONT_DIR}/${font} is missing: install the Debian package ${KIOSK_FONT_DEBIAN_PACKAGE}. "
                    "The kiosk would fall back to ImGui's built-in font, which has no accented letters.")
  endif()
endforeach()

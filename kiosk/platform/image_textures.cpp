// Image upload to SDL textures.
#include "kiosk/platform/image_textures.hpp"

#include <cstdio>

#include "content/folder.hpp"

namespace kiosk {

ImageTextures::ImageTextures(SDL_Renderer* renderer, Locator locate)
    : renderer_(renderer),
      locate_(std::move(locate)),
      decoder_([](const std::string& file, std::string& why) -> std::optional<std::string> {
        return content::read_file(file, why, content::max_image_bytes);
      }) {}

ImageTextures::~ImageTextures() {
  for (auto& [path, image] : ready_)
    if (image.texture) SDL_DestroyTexture(static_cast<SDL_Texture*>(image.texture));
}

std::optional<ImageSource::Image> ImageTextures::image(const std::string& path) {
  std::string file = locate_(path);
  if (file.empty()) return std::nullopt;
  auto it = ready_.find(file);
  if (it != ready_.end()) return it->second.texture ? std::optional(it->second) : std::nullopt;
  decoder_.request(file);
  return std::nullopt;
}

bool ImageTextures::pump() {
  bool any = false;
  for (auto& done : decoder_.take_finished()) {
    Image img;
    if (done.image) {
      const auto& d = *done.image;
      SDL_Texture* t = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, d.width_px,
                                         d.height_px);
      if (t && SDL_UpdateTexture(t, nullptr, d.rgba.data(), d.width_px * 4) == 0) {
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
        img = {t, d.width_px, d.height_px};
        any = true;
      } else {
        std::fprintf(stderr, "warning: image %s: cannot make a texture: %s\n", done.path.c_str(), SDL_GetError());
        if (t) SDL_DestroyTexture(t);
      }
    } else {
      std::fprintf(stderr, "warning: image %s not shown: %s\n", done.path.c_str(), done.error.c_str());
    }
    ready_[done.path] = img;  // also failures, so they are not asked for again
  }
  return any;
}

}  // namespace kiosk

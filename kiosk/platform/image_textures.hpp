// Content images as SDL textures: asks the worker (logic/image_decoder.hpp) to decode them and
// uploads finished ones once per frame. Views see them through ImageSource.
#pragma once

#include <SDL.h>

#include <functional>
#include <string>
#include <unordered_map>

#include "kiosk/logic/image_decoder.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

class ImageTextures : public ImageSource {
 public:
  // Where a content image's file is (logic/content_setup.hpp image_file); "" if nowhere.
  // Asked on the main thread, so it may look at the current snapshot.
  using Locator = std::function<std::string(const std::string& path)>;
  ImageTextures(SDL_Renderer* renderer, Locator locate);
  ~ImageTextures() override;

  ImageTextures(const ImageTextures&) = delete;
  ImageTextures& operator=(const ImageTextures&) = delete;

  std::optional<Image> image(const std::string& path) override;
  // Uploads what the worker finished; true when a new image can be shown (a frame is due).
  bool pump();
  bool idle() const { return decoder_.idle(); }  // nothing left to decode

 private:
  SDL_Renderer* renderer_;
  Locator locate_;
  ImageDecoder decoder_;
  std::unordered_map<std::string, Image> ready_;  // by file: a blob's name is its hash, so new
                                                  // content never gets an old picture
};

}  // namespace kiosk

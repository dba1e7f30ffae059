// Content images as SDL textures: asks the worker (logic/image_decoder.hpp) to decode them and
// uploads finished ones once per frame. Views see them through ImageSource.
#pragma once

#include <SDL.h>

#include <string>
#include <unordered_map>

#include "kiosk/logic/image_decoder.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

class ImageTextures : public ImageSource {
 public:
  // Images are read from the content folder the bundled content came from.
  ImageTextures(SDL_Renderer* renderer, std::string content_dir);
  ~ImageTextures() override;

  ImageTextures(const ImageTextures&) = delete;
  ImageTextures& operator=(const ImageTextures&) = delete;

  std::optional<Image> image(const std::string& path) override;
  // Uploads what the worker finished; true when a new image can be shown (a frame is due).
  bool pump();
  bool idle() const { return decoder_.idle(); }  // nothing left to decode

 private:
  SDL_Renderer* renderer_;
  std::string content_dir_;
  ImageDecoder decoder_;
  std::unordered_map<std::string, Image> ready_;
};

}  // namespace kiosk

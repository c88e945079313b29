// A deliberately broken core file: tests/core_layers.py must refuse each include below.
#pragma once
#include <imgui.h>

#include "core/export/export.hpp"
#include "core/text/i18n.hpp"
#include "ui/app_state.hpp"

// A deliberately misplaced core file: not in any of the core's folders.
#pragma once

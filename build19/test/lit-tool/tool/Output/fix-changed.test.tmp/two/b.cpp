#include "pipe.h"
#include "shared.h"

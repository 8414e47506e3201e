// libqrencode (Debian: libqrencode-dev), for the join card's QR code. Only SamskabQR imports it.
#ifndef SAMSKAB_CQRENCODE_SHIM_H
#define SAMSKAB_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif

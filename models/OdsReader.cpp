#include "OdsReader.h"
// Implementation in progress.
struct OdsReader::Private {};
OdsReader::OdsReader(const QString &) : d(new Private) {}
OdsReader::~OdsReader() = default;
bool OdsReader::open() { return false; }
bool OdsReader::nextSheet() { return false; }
QString OdsReader::sheetName() const { return {}; }
bool OdsReader::readRow(QStringList *) { return false; }
qint64 OdsReader::rowNumber() const { return 0; }
bool OdsReader::hasError() const { return true; }
QString OdsReader::errorString() const { return {}; }
double OdsReader::progress() const { return 0; }

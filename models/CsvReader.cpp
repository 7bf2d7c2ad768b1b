#include "CsvReader.h"
// Implementation in progress.
CsvReader::CsvReader(QIODevice *device, char separator) : m_device(device), m_separator(separator) {}
bool CsvReader::readRecord(QStringList *) { return false; }

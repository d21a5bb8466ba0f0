#!/usr/bin/env python3
"""Finds the version of a Maven Central artifact that belongs to an Eclipse release train.

Platform bundles carry their build date in the OSGi qualifier (3.137.0.v20251114-0005); the
train's version of a bundle is the newest one built on or before the train's cut-off date.

usage: train_version.py YYYYMMDD groupId:artifactId...
"""
import os
import re
import sys
import urllib.request
import zipfile

CENTRAL = 'https://repo1.maven.org/maven2'
CACHE = os.environ.get('TP_CACHE', '/tmp/hmis-tp-cache')


def version_key(version):
    return [int(p) if p.isdigit() else p for p in re.split(r'[.\-]', version)]


def bundle_version(group, artifact, version):
    """Returns (Bundle-Version, build date) read from the jar's manifest."""
    path = os.path.join(CACHE, 'jars', f'{artifact}-{version}.jar')
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        url = f"{CENTRAL}/{group.replace('.', '/')}/{artifact}/{version}/{artifact}-{version}.jar"
        with open(path, 'wb') as out:
            out.write(urllib.request.urlopen(url).read())
    manifest = zipfile.ZipFile(path).read('META-INF/MANIFEST.MF').decode('latin1')
    bundle = re.search(r'Bundle-Version:\s*(\S+)', manifest).group(1)
    date = re.search(r'(20\d{6})', bundle.split('.')[-1])
    return bundle, date.group(1) if date else ''


def main(cutoff, coordinates):
    for coordinate in coordinates:
        group, artifact = coordinate.split(':')
        url = f"{CENTRAL}/{group.replace('.', '/')}/{artifact}/maven-metadata.xml"
        versions = re.findall(r'<version>([^<]+)</version>', urllib.request.urlopen(url).read().decode())
        for version in sorted(versions, key=version_key, reverse=True)[:10]:
            bundle, date = bundle_version(group, artifact, version)
            if date and date <= cutoff:
                print(coordinate, version, bundle)
                break
        else:
            print(coordinate, 'NONE')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])

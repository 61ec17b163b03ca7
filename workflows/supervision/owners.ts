/** Who holds an open matter, as the summary and the landing page name it. Pure. */
const ROLE_NAMES: Record<string, { zh: string; en: string }> = {
  RECEPTION: { zh: '前台接待', en: 'Reception' },
  SERVICE_COMMISSIONER: { zh: '客服专员', en: 'Service commissioners' },
  ENGINEER: { zh: '维修工程', en: 'Engineers' },
  CASHIER: { zh: '收费员', en: 'Cashiers' },
  INTERNAL_CLERK: { zh: '内勤', en: 'Internal clerk' },
  CS_SUPERVISOR: { zh: '客服主管', en: 'CS supervisor' },
  OFFICE_DIRECTOR: { zh: '管理处主任', en: 'Office director' },
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
  DEPT_STAFF: { zh: '部门员工', en: 'Department staff' },
  DEPT_SUPERVISOR: { zh: '部门主管', en: 'Department supervisor' },
};

const DEPARTMENT_NAMES: Record<string, { zh: string; en: string }> = {
  CS: { zh: '客服部', en: 'Customer service' },
  ENGINEERING: { zh: '工程部', en: 'Engineering' },
  SECURITY: { zh: '保安部', en: 'Security' },
  CLEANING: { zh: '保洁部', en: 'Cleaning' },
  GREENING: { zh: '绿化部', en: 'Greening' },
  FINANCE: { zh: '财务部', en: 'Finance' },
  MANAGEMENT_OFFICE: { zh: '管理处', en: 'Management office' },
};

/** A person by name, else the queue a task waits in ("工程部 · 维修工程 (queue)"). */
export function ownerName(holder: { name?: string | null; role?: string | null; department?: string | null }): { zh: string; en: string } {
  if (holder.name) return { zh: holder.name, en: holder.name };
  const parts = [holder.department ? DEPARTMENT_NAMES[holder.department] : undefined, holder.role ? ROLE_NAMES[holder.role] : undefined].filter(
    (p): p is { zh: string; en: string } => Boolean(p),
  );
  if (!parts.length) return { zh: '无人负责', en: 'Nobody' };
  return { zh: `${parts.map((p) => p.zh).join(' · ')}（待领取）`, en: `${parts.map((p) => p.en).join(' · ')} (queue)` };
}
